# Connections against VPCs, per strategy, log-log, with the peering-mesh limit.
# Variables: data, out, n, colors, dashes, xlabel, logx, logy, xtics_cmd, xmin, xmax,
#            mesh_limit (VPCs; 0 when unlimited), mesh_label
load dir."/common.gp"
if (logy) { set logscale y; set format y "%g" }
set xlabel xlabel
set ylabel "connections (count: peerings, endpoints, attachments)"
set title "Connections against VPCs"
if (mesh_limit > 0) {
    set arrow 1 from mesh_limit, graph 0 to mesh_limit, graph 1 nohead ls 100
    set label 1 mesh_label at mesh_limit, graph 0.04 right offset -0.6, 0 tc rgb "#444444"
}
do for [fmt in "png svg"] {
    if (fmt eq "png") { set terminal pngcairo noenhanced size 1000,650 font "sans,11"; set output out.".png" } \
    else { set terminal svg noenhanced size 1000,650 font "sans,11" dynamic; set output out.".svg" }
    plot for [i=0:n-1] data index i using 1:2:3:4 with yerrorlines title columnheader(1) \
         lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7
    unset output
}
