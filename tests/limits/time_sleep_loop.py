# With the instruction budget lifted, a loop of sleeps (which wait no wall
# time and saturate the virtual clock) is still ended by the real timeout:
# the virtual clock never stands in for the wall clock.
# args: --timeout 200ms --max-instructions none
# limit: time
import time
while True:
    time.sleep(9e9)
    time.monotonic()
