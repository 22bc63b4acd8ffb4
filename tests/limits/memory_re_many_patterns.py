# Compiled patterns are charged to the memory budget while they live (RE2's
# programs are outside the heap), so keeping thousands of them ends on the
# memory limit.
# args: --max-memory 64M
# limit: memory
import re
keep = []
for i in range(10**6):
    keep.append(re.compile(r'[a-z]{20}\d{20}' + str(i)))
