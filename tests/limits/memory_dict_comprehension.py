# A billion-entry dict comprehension: the table outgrows the memory budget
# (the comprehension runs as bytecode; its resizes are charged too).
# limit: memory
d = {i: i for i in range(10**9)}
