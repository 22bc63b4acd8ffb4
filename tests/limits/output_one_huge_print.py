# One print of ten megabytes: what fits is written, then the limit fires.
# args: --max-output 1M
# limit: output
print("x" * 10**7)
