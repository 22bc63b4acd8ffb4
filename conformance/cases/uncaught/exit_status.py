# exit(n) ends the run with status n and prints nothing.
print("before")
exit(3)
print("not reached")
