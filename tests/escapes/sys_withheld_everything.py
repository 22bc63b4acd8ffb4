# Every name of CPython's sys that leads to frames, hooks, the import system
# or host facts, read by attribute, by getattr with a built name and by
# hasattr; each refused, none present.
import sys
names = ['modules', 'path', 'meta_path', 'path_hooks', 'path_importer_cache', '_getframe',
         '_current_frames', 'settrace', 'setprofile', 'gettrace', 'getprofile', 'call_tracing',
         'displayhook', 'excepthook', 'breakpointhook', 'unraisablehook', 'audit', 'addaudithook',
         'executable', 'prefix', 'base_prefix', 'exec_prefix',
         'flags', 'orig_argv', '_xoptions', 'implementation', 'getsizeof', 'getrefcount',
         'setswitchinterval', '_clear_type_cache', 'last_traceback', 'last_value',
         'builtin_module_names', 'stdlib_module_names', 'dont_write_bytecode', 'pycache_prefix',
         'getallocatedblocks', '_debugmallocstats', 'activate_stack_trampoline', 'exc_clear',
         'get_asyncgen_hooks', 'set_asyncgen_hooks', 'get_coroutine_origin_tracking_depth',
         '_base_executable', 'warnoptions', 'api_version', 'copyright', 'thread_info', 'abiflags']
present = []
for name in names:
    try:
        getattr(sys, name)
        present.append(name)
    except AttributeError as e:
        if 'not available in the sandbox' not in str(e) and 'has no attribute' not in str(e):
            print('odd message', e)
print('present:', present, 'hasattr any:', any(hasattr(sys, n) for n in names))
print(sys.stdout.__class__.__name__, sys.__dict__ if False else '')
# expect-output: present: [] hasattr any: False
# expect-output: TextIOWrapper 
