# With the instruction budget lifted, the wall-clock timeout ends a busy loop.
# args: --timeout 200ms --max-instructions none
# limit: time
while True:
    pass
