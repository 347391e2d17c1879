# Route entries against VPCs, per strategy, log-log: all tables (left) and the fullest
# table (right) with the routes-per-route-table quota.
# Variables: data_total, data_max, out, n, colors, dashes, xlabel, logx, logy, xtics_cmd, xmin,
#            xmax, mesh_limit, mesh_label, routes_quota (0 when unlimited), routes_label,
#            ymax_max (top of the right panel's y axis, so the quota line shows; 0 = automatic),
#            note_total, note_max (series not drawn on the log axis, or '')
load dir."/common.gp"
if (logy) { set logscale y; set format y "%g" }
set xlabel xlabel
if (mesh_limit > 0) { set arrow 1 from mesh_limit, graph 0 to mesh_limit, graph 1 nohead ls 100 }
do for [fmt in "png svg"] {
    if (fmt eq "png") { set terminal pngcairo noenhanced size 1400,760 font "sans,11"; set output out.".png" } \
    else { set terminal svg noenhanced size 1400,760 font "sans,11" dynamic; set output out.".svg" }
    set multiplot layout 1,2 title "Route entries against VPCs"
    set title "all route tables"
    set ylabel "route entries (count)"
    set label 98 note_total at graph 0.99, graph 0.03 right tc rgb "#444444"
    set yrange [*:*]
    plot for [i=0:n-1] data_total index i using 1:2:3:4 with yerrorlines title columnheader(1) \
         lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7
    set title "fullest route table"
    set ylabel "route entries in the fullest table (count)"
    set label 98 note_max at graph 0.99, graph 0.03 right tc rgb "#444444"
    if (ymax_max > 0) { set yrange [*:ymax_max] }
    if (routes_quota > 0) {
        plot for [i=0:n-1] data_max index i using 1:2:3:4 with yerrorlines title columnheader(1) \
             lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7, \
             routes_quota with lines ls 100 title routes_label
    } else {
        plot for [i=0:n-1] data_max index i using 1:2:3:4 with yerrorlines title columnheader(1) \
             lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7
    }
    unset multiplot
    unset output
}
