# SystemExit's code is the exit status.
import sys

print("leaving")
sys.exit(5)
