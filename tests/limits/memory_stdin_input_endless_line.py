# One line that never ends: input() keeps what it has read of the line in
# the heap, so the wait for its newline ends at the memory limit, not in
# the host's memory.
# args: --max-memory 32M
# stdin: endless-line
# limit: memory
input()
