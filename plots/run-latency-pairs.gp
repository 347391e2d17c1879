# Latency per region pair and strategy (p50 above, p99 below), bars with 95 % intervals.
# Each data row: pair label, then mean, low, high for each strategy in order.
# Variables: data_p50, data_p99, out, n, titles (strategy names), colors, pairs (rows)
set termoption noenhanced
set datafile missing "NaN"
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.85 border rgb "#333333"
set boxwidth 0.9
set grid ytics lc rgb "#dddddd"
set key outside top center horizontal box
set xtics rotate by -20 noenhanced
set yrange [0:*]
set xrange [-0.6:pairs-0.4]
do for [fmt in "png svg"] {
    if (fmt eq "png") { set terminal pngcairo noenhanced size 1200,900 font "sans,11"; set output out.".png" } \
    else { set terminal svg noenhanced size 1200,900 font "sans,11" dynamic; set output out.".svg" }
    set multiplot layout 2,1 title "Latency per region pair (bars: 95 % confidence interval over replications)"
    set ylabel "latency p50 (ms)"
    plot for [i=0:n-1] data_p50 using (column(2+3*i)):(column(3+3*i)):(column(4+3*i)):xtic(1) \
         title word(titles, i+1) lc rgb word(colors, i+1)
    set ylabel "latency p99 (ms)"
    plot for [i=0:n-1] data_p99 using (column(2+3*i)):(column(3+3*i)):(column(4+3*i)):xtic(1) \
         title word(titles, i+1) lc rgb word(colors, i+1)
    unset multiplot
    unset output
}
