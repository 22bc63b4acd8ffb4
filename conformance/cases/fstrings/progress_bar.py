# A text progress bar.
def bar(done, total, width=20):
    frac = done / total
    filled = int(frac * width)
    return f"[{'#' * filled}{'.' * (width - filled)}] {frac:6.1%} ({done}/{total})"


for done in (0, 1, 7, 13, 19, 20):
    print(bar(done, 20))
print(bar(1, 3, 9), bar(2, 3, 9))
