# Monthly cost against VPCs (or the varied parameter), per strategy, log-log.
# Variables: data, out, n, colors, dashes, xlabel, logx, logy, xtics_cmd, xmin, xmax
load dir."/common.gp"
if (logy) { set logscale y; set format y "%g" }
set xlabel xlabel
set ylabel "monthly cost (USD per month)"
set title "Monthly cost"
do for [fmt in "png svg"] {
    if (fmt eq "png") { set terminal pngcairo noenhanced size 1000,650 font "sans,11"; set output out.".png" } \
    else { set terminal svg noenhanced size 1000,650 font "sans,11" dynamic; set output out.".svg" }
    plot for [i=0:n-1] data index i using 1:2:3:4 with yerrorlines title columnheader(1) \
         lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7
    unset output
}
