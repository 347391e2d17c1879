# Request latency p50 (left) and p99 (right) per strategy, with 95 % confidence bars.
# Variables: data_p50, data_p99, out, n, colors, dashes, xlabel, logx, logy, xtics_cmd, xmin, xmax
load dir."/common.gp"
if (exists("logy") && logy) { set logscale y; set format y "%g" }
set xlabel xlabel
do for [fmt in "png svg"] {
    if (fmt eq "png") { set terminal pngcairo noenhanced size 1400,760 font "sans,11"; set output out.".png" } \
    else { set terminal svg noenhanced size 1400,760 font "sans,11" dynamic; set output out.".svg" }
    set multiplot layout 1,2 title "Request latency (bars: 95 % confidence interval over replications)"
    set title "median (p50)"
    set ylabel "latency p50 (ms)"
    plot for [i=0:n-1] data_p50 index i using 1:2:3:4 with yerrorlines title columnheader(1) \
         lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7
    set title "p99"
    set ylabel "latency p99 (ms)"
    plot for [i=0:n-1] data_p99 index i using 1:2:3:4 with yerrorlines title columnheader(1) \
         lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7
    unset multiplot
    unset output
}
