# One objective of `vpcsim plan`: its metric at every probe per design (95 % bars), the
# threshold as a dotted line, and each design's answer ringed.
# Variables: data, marks, out, n, colors, dashes, xlabel, ylabel, threshold, title, logy
load dir."/common.gp"
if (logy) { set logscale y; set format y "%g" }
set xlabel xlabel
set ylabel ylabel
set title title
set arrow 1 from graph 0, first threshold to graph 1, first threshold nohead ls 100 front
set label 1 sprintf("objective: %g", threshold) at graph 0.01, first threshold offset 0, 0.6 tc rgb "#444444"
do for [fmt in "png svg"] {
    if (fmt eq "png") { set terminal pngcairo noenhanced size 1000,650 font "sans,11"; set output out.".png" } \
    else { set terminal svg noenhanced size 1000,650 font "sans,11" dynamic; set output out.".svg" }
    plot for [i=0:n-1] data index i using 1:2:3:4 with yerrorlines title columnheader(1) \
         lc rgb word(colors, i+1) dashtype int(word(dashes, i+1)) lw 2 pt 7 ps 0.7, \
         for [i=0:n-1] marks index i using 1:2 with points notitle lc rgb word(colors, i+1) pt 6 ps 3 lw 2
    unset output
}
