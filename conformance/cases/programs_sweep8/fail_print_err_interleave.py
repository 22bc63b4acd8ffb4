import sys
print("out1")
print("err1", file=sys.stderr)
sys.stderr.write("err2\n")
print("out2", flush=True)
raise ValueError("done")
