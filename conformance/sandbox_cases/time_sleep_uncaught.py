# moat policy: time.sleep() would wait on the clock the sandbox does not have.
import time

print("before")
time.sleep(0.1)
