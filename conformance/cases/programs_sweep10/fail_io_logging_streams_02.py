import sys
print("to out"); print("to err", file=sys.stderr); print("out again", flush=True)
raise SystemExit(1)
