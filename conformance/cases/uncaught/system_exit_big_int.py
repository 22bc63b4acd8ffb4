# An exit code that does not fit a C long becomes -1, so the status is 255.
print("start")
raise SystemExit(2 ** 70)
