# Sorting a million items over and over: each sort is charged n*log2(n) up
# front.
# args: --max-instructions 100000000
# limit: instructions
x = list(range(10**6))
while True:
    x.sort(reverse=True)
