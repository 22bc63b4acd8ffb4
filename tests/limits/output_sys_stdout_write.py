# One sys.stdout.write of ten megabytes: charged like print, what fits is
# written, then the output limit fires.
# args: --max-output 1M
# limit: output
import sys
sys.stdout.write("x" * 10**7)
