# SystemExit(True) exits with status 1 and prints nothing: a bool is an int.
print("checking")
failed = True
raise SystemExit(failed)
