# Wall time and peak memory against the estate's VPCs, log-log, as PNG and SVG.
# Called by bench/scale.sh:
#   gnuplot -e "datafile='out/scale.dat'; outbase='out/scale'" bench/scale.gp
# datafile: one block per case (separated by two blank lines), whose first line is the
# quoted case name, then lines "vpcs wall_s peak_rss_mib".

set logscale xy 10
set grid xtics ytics mxtics mytics
set key top left noenhanced
set style data linespoints
set xlabel "VPCs (log scale)"
set xrange [700:14000]
stats datafile using 1 nooutput
nblocks = STATS_blocks

do for [term in "pngcairo svg"] {
    if (term eq "pngcairo") {
        set terminal pngcairo size 1100,500 font ",10"
        set output outbase.".png"
    } else {
        set terminal svg size 1100,500 dynamic font ",10"
        set output outbase.".svg"
    }
    set multiplot layout 1,2 title "vpcsim run, every design, one replication (lower is better)" noenhanced
    set title "wall time" noenhanced
    set ylabel "s (log scale)"
    plot for [i=0:nblocks-1] datafile index i using 1:2 title columnheader(1) lw 2 pt 7, \
         60 title "target at 10,000 VPCs: 60 s" dt 2 lc rgb "gray"
    set title "peak resident memory" noenhanced
    set ylabel "MiB (log scale)"
    plot for [i=0:nblocks-1] datafile index i using 1:3 title columnheader(1) lw 2 pt 7, \
         4096 title "4 GiB" dt 2 lc rgb "gray"
    unset multiplot
    unset output
}
