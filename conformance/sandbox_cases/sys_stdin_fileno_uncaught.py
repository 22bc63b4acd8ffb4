# moat policy: sys.stdin reads what the host hands over, but its file
# descriptor stays out of reach.
import sys
print(sys.stdin.readable())
sys.stdin.fileno()
