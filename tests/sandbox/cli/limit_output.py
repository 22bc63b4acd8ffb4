# moat-args: --max-output 1000
while True:
    print("spam " * 10)
