# --isolated reads standard input whole before the run, so an endless input
# would keep the run from ever starting (its timeout never fires) while the
# host's memory grows: the command stops reading at the memory limit and
# refuses the run (exit 2, a usage error) with what to do instead.
# args: --isolated --max-memory 32M
# stdin: endless
# limit: none
# exit: 2
import sys
print(len(sys.stdin.read()))
