# The control plane over simulated time, one line per strategy (its first replication):
# VPCs, connections, route entries (all tables and the fullest) and monthly cost.
# Data blocks (index i): t, vpcs, connections, route_entries_total, route_entries_max, cost.
# Variables: data, out, n, colors, tlabel (x axis label with its unit), routes_quota
set termoption noenhanced
set datafile missing "NaN"
set grid lc rgb "#dddddd"
set key top left box opaque
set xlabel tlabel
do for [fmt in "png svg"] {
    if (fmt eq "png") { set terminal pngcairo noenhanced size 1400,900 font "sans,11"; set output out.".png" } \
    else { set terminal svg noenhanced size 1400,900 font "sans,11" dynamic; set output out.".svg" }
    set multiplot layout 2,2 title "Control plane over time (first replication of each strategy)"
    set ylabel "VPCs (count)"
    plot for [i=0:n-1] data index i using 1:2 with steps title columnheader(1) lc rgb word(colors, i+1) lw 2
    set ylabel "connections (count)"
    plot for [i=0:n-1] data index i using 1:3 with steps title columnheader(1) lc rgb word(colors, i+1) lw 2
    set ylabel "route entries (count; solid: all tables, dashed: fullest table)"
    if (routes_quota > 0) {
        plot for [i=0:n-1] data index i using 1:4 with steps title columnheader(1) lc rgb word(colors, i+1) lw 2, \
             for [i=0:n-1] data index i using 1:5 with steps notitle lc rgb word(colors, i+1) lw 1 dt 2, \
             routes_quota with lines dt 3 lc rgb "#444444" title sprintf("routes per table quota (%d)", routes_quota)
    } else {
        plot for [i=0:n-1] data index i using 1:4 with steps title columnheader(1) lc rgb word(colors, i+1) lw 2, \
             for [i=0:n-1] data index i using 1:5 with steps notitle lc rgb word(colors, i+1) lw 1 dt 2
    }
    set ylabel "monthly cost (USD per month)"
    plot for [i=0:n-1] data index i using 1:6 with steps title columnheader(1) lc rgb word(colors, i+1) lw 2
    unset multiplot
    unset output
}
