# moat-args: --max-instructions 20000
print("start")
n = 0
while True:
    n += 1
