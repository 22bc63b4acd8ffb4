# Identifiers in Mathematical Alphanumeric Symbols, script and fraktur
# letters, fullwidth forms and ligatures fold under NFKC to ASCII, so a
# filter that greps the source for "eval" or "__globals__" misses them. The
# compiler folds them before moat sees the code: each is the plain name and
# meets the plain name's rule; inside strings nothing folds.
# expect-output: 𝐞𝐯𝐚𝐥 NameError: name 'eval' is not available in the sandbox
# expect-output: 𝓮𝔁𝓮𝓬 NameError: name 'exec' is not available in the sandbox
# expect-output: 𝔠𝔬𝔪𝔭𝔦𝔩𝔢 NameError: name 'compile' is not available in the sandbox
# expect-output: 𝚘𝚙𝚎𝚗 NameError: name 'open' is not available in the sandbox
# expect-output: __𝘪𝘮𝘱𝘰𝘳𝘵__ NameError: name '__import__' is not available in the sandbox
# expect-output: __𝒃𝒖𝒊𝒍𝒕𝒊𝒏𝒔__ NameError: name '__builtins__' is not available in the sandbox
# expect-output: f.__𝗴𝗹𝗼𝗯𝗮𝗹𝘀__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: f.__ｃｏｄｅ__ AttributeError: '__code__' is not available in the sandbox
# expect-output: ().__𝕔𝕝𝕒𝕤𝕤__.__𝕞𝕣𝕠__ AttributeError: '__mro__' is not available in the sandbox
# expect-output: object.__𝚜𝚞𝚋𝚌𝚕𝚊𝚜𝚜𝚎𝚜__ AttributeError: '__subclasses__' is not available in the sandbox
# expect-output: print.__ｓｅｌｆ__ AttributeError: '__self__' is not available in the sandbox
# expect-output: (x for x in ()).ｇｉ_ｆｒａｍｅ AttributeError: 'gi_frame' is not available in the sandbox
# expect-output: ligature f.__ﬁle__ AttributeError: 'function' object has no attribute '__file__'
# expect-output: getattr fullwidth string AttributeError: 'function' object has no attribute '__ｇｌｏｂａｌｓ__'
# expect-output: getattr math-bold string AttributeError: 'function' object has no attribute '__𝐜𝐨𝐝𝐞__'
# expect-output: 𝕥𝕪𝕡𝕖 three args TypeError: type() with three arguments is not available in the sandbox
# expect-output: 𝐯𝐚𝐫𝐬() TypeError: vars() without an argument (the names of the current scope) is not available in the sandbox: pass the object to inspect
# expect-output: 𝐠𝐥𝐨𝐛𝐚𝐥𝐬 NameError: name 'globals' is not available in the sandbox
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


def f():
    return 1


attempt('𝐞𝐯𝐚𝐥', lambda: 𝐞𝐯𝐚𝐥)
attempt('𝓮𝔁𝓮𝓬', lambda: 𝓮𝔁𝓮𝓬)
attempt('𝔠𝔬𝔪𝔭𝔦𝔩𝔢', lambda: 𝔠𝔬𝔪𝔭𝔦𝔩𝔢)
attempt('𝚘𝚙𝚎𝚗', lambda: 𝚘𝚙𝚎𝚗)
attempt('__𝘪𝘮𝘱𝘰𝘳𝘵__', lambda: __𝘪𝘮𝘱𝘰𝘳𝘵__)
attempt('__𝒃𝒖𝒊𝒍𝒕𝒊𝒏𝒔__', lambda: __𝒃𝒖𝒊𝒍𝒕𝒊𝒏𝒔__)
attempt('f.__𝗴𝗹𝗼𝗯𝗮𝗹𝘀__', lambda: f.__𝗴𝗹𝗼𝗯𝗮𝗹𝘀__)
attempt('f.__ｃｏｄｅ__', lambda: f.__ｃｏｄｅ__)
attempt('().__𝕔𝕝𝕒𝕤𝕤__.__𝕞𝕣𝕠__', lambda: ().__𝕔𝕝𝕒𝕤𝕤__.__𝕞𝕣𝕠__)
attempt('object.__𝚜𝚞𝚋𝚌𝚕𝚊𝚜𝚜𝚎𝚜__', lambda: object.__𝚜𝚞𝚋𝚌𝚕𝚊𝚜𝚜𝚎𝚜__)
attempt('print.__ｓｅｌｆ__', lambda: print.__ｓｅｌｆ__)
attempt('(x for x in ()).ｇｉ_ｆｒａｍｅ', lambda: (x for x in ()).ｇｉ_ｆｒａｍｅ)
attempt('ligature f.__ﬁle__', lambda: f.__ﬁle__)
attempt('getattr fullwidth string', lambda: getattr(f, '__ｇｌｏｂａｌｓ__'))
attempt('getattr math-bold string', lambda: getattr(f, '__𝐜𝐨𝐝𝐞__'))
attempt('𝕥𝕪𝕡𝕖 three args', lambda: 𝕥𝕪𝕡𝕖('X', (), {}))
attempt('𝐯𝐚𝐫𝐬()', lambda: 𝐯𝐚𝐫𝐬())
attempt('𝐠𝐥𝐨𝐛𝐚𝐥𝐬', lambda: 𝐠𝐥𝐨𝐛𝐚𝐥𝐬)
