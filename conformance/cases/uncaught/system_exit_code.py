# raise SystemExit(3): exit status 3 and nothing on stderr.
print("exiting with status 3")
raise SystemExit(3)
