import sys
import traceback

rows = [("a.py", 1, "main", "run()"), ("b.py", 20, "run", "    step()  "),
        ("c.py", 3, "step", None)]
summary = traceback.StackSummary.from_list(rows)
print(type(summary).__name__, len(summary))
print(summary.format())
print(traceback.format_list(rows))
traceback.print_list(rows, file=sys.stdout)
repeated = [("r.py", 7, "rec", "rec()")] * 6 + [("r.py", 9, "end", "raise X")]
print("".join(traceback.format_list(repeated)), end="")
print(summary.format_frame_summary(summary[1]), end="")
again = traceback.StackSummary.from_list(summary)
print(again[0] is summary[0])
