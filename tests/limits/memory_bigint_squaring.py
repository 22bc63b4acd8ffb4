# A big int squared forever doubles in size each step; multiplication is charged for its work before it is done and the digits before they are allocated, so one of the two limits ends it.
# limit: memory|instructions
x = 2
while True:
    x = x * x
