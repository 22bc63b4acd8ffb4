# A counting loop with a condition that never fails.
# args: --max-instructions 1000000
# limit: instructions
n = 0
while n >= 0:
    n += 1
