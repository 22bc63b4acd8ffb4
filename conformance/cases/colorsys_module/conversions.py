# colorsys: conversions both ways over a grid of colours.
import colorsys

grid = [0.0, 0.2, 0.5, 0.8, 1.0]
for r in grid:
    for g in grid:
        for b in grid[::2]:
            yiq = colorsys.rgb_to_yiq(r, g, b)
            hls = colorsys.rgb_to_hls(r, g, b)
            hsv = colorsys.rgb_to_hsv(r, g, b)
            print((r, g, b), yiq, hls, hsv, colorsys.yiq_to_rgb(*yiq),
                  colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
print(colorsys.hsv_to_rgb(0.99, 1, 1), colorsys.hsv_to_rgb(1.0, 0.5, 0.5), colorsys.hls_to_rgb(0.7, 0.9, 0.3))
print(colorsys.yiq_to_rgb(1, 1, 1), colorsys.yiq_to_rgb(0, -1, -1), colorsys.rgb_to_hsv(1, 0, 0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
try:
    colorsys.rgb_to_hsv('a', 'b', 'c')
except TypeError as e:
    print('TypeError', e)
