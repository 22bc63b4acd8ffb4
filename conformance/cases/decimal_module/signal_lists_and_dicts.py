# Context(flags=, traps=), localcontext and the flags/traps setters: which
# take lists of signals and which only signal dicts, with their errors.
import decimal
for kw in ({'traps':3},{'flags':3},{'traps':'x'},{'flags':(decimal.Inexact,)},{'traps':{1:2}}, {'flags':[3]}, {'traps':[decimal.Inexact]}, {'flags':[]}, {'traps': decimal.Context().traps}, {'traps': [decimal.DivisionUndefined]}, {'flags': [int]}):
  for f in (decimal.Context, decimal.localcontext):
    try: f(**kw); print('ok')
    except Exception as e: print(f.__name__, kw, type(e).__name__, e)
  c=decimal.Context()
  try: setattr(c, *list(kw.items())[0]); print('ok', c)
  except Exception as e: print('setattr', kw, type(e).__name__, e)
