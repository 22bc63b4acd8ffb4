# raise SystemExit("text"): the text goes to stderr and the exit status is 1.
print("giving up")
raise SystemExit("fatal: configuration missing")
