# time.sleep() advances only the virtual clock, so a loop of huge sleeps
# costs no wall time but still its instructions: the budget ends it.
# args: --max-instructions 1000000
# limit: instructions
import time
while True:
    time.sleep(10**9)
