import sys
print("before")
sys.exit(2)
print("never")
