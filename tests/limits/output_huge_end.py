# A print with a ten-megabyte end.
# args: --max-output 1M
# limit: output
print("a", end="\n" * 10**7)
