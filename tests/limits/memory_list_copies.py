# Each step appends a copy of the whole list: quadratic growth.
# args: --max-memory 64M
# limit: memory
x = []
while True:
    x.append(x[:])
