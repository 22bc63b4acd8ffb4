# A bare busy loop under the default limits: the default instruction budget
# (not the 10 s timeout) ends it.
# limit: instructions
while True:
    pass
