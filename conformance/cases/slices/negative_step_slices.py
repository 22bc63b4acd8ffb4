# Negative-step slices on lists, strings and tuples.
xs = list(range(10))
print(xs[::-1], xs[::-2], xs[8:2:-2], xs[-1:-5:-1], xs[2::-1], xs[:2:-1], xs[5:5:-1], xs[-3::-3])
s = "abcdefghij"
print(s[::-1], s[7:1:-2], s[-2:-8:-3], s[:-8:-1], s[100:0:-4], s[0:100:-1] == "")
t = tuple(xs)
print(t[::-3], t[9:-11:-2])
print(xs[::-1][::-1] == xs, s[::-1][::-1] == s)
