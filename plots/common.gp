# Shared settings for vpcsim's chart templates (loaded by each template).
# Every template is driven by `gnuplot -e "name='value'; ..."` from `vpcsim plot`, which
# writes the data files and passes, among others:
#   out       output path without extension; each template writes out.png and out.svg
#   n         number of series (data blocks, index 0 .. n-1)
#   colors    one colour per series (the strategy's, the same in every chart)
#   dashes    one dash type per series (one per group of the other varied parameters)
#   logx      1 for a logarithmic x axis
#   xtics_cmd a gnuplot command that labels the x axis, or ''
# Plain text (underscores in parameter names stay literal): each template's `set terminal`
# says noenhanced too, since a terminal command resets this.
set termoption noenhanced
set datafile missing "NaN"
set key outside top center horizontal box maxcols 3
set grid xtics ytics mxtics mytics lc rgb "#dddddd" lw 1
set border lw 1
set style line 100 lc rgb "#444444" dt 3 lw 1.5
if (exists("logx") && logx) { set logscale x; set format x "%g" }
if (exists("xtics_cmd") && strlen(xtics_cmd) > 0) { eval xtics_cmd }
if (exists("xmin") && exists("xmax")) { set xrange [xmin:xmax] }
#   note      a line written in the bottom right corner (series not drawn on a log axis), or ''
if (exists("note") && strlen(note) > 0) { set label 99 note at graph 0.99, graph 0.03 right tc rgb "#444444" }
