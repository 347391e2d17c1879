# ns per hold against N, one line per engine/variant, as PNG and SVG.
# Called by bench/run.sh:
#   gnuplot -e "datafile='out/ns_per_hold.dat'; outbase='out/ns_per_hold'; nseries=K" bench/hold.gp
# datafile: one block per series (separated by two blank lines), whose first line is
# "title" "ns_per_hold", then lines "N ns_per_hold".

set title "Hold model: time per hold against queue size (lower is better)" noenhanced
set xlabel "N, pending events (log scale)"
set ylabel "time per hold, ns (log scale)"
set logscale xy 10
set format x "10^{%L}"
set xrange [500:2e6]
set grid xtics ytics mytics
set key outside right top noenhanced
set style data linespoints

do for [term in "pngcairo svg"] {
    if (term eq "pngcairo") {
        set terminal pngcairo size 1100,650 font ",10"
        set output outbase.".png"
    } else {
        set terminal svg size 1100,650 dynamic font ",10"
        set output outbase.".svg"
    }
    plot for [i=0:nseries-1] datafile index i using 1:2 title columnheader(1) lw 2 pt (i % 13) + 1
    unset output
}
