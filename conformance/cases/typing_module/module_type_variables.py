# typing defines the type variables of its own generic aliases at module
# level; they are importable though not in __all__.
import typing
from typing import T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co, Generic, List
print(T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co, CT_co.__bound__)
print(T.__module__, T_contra.__module__, T.__covariant__, T_contra.__contravariant__)
class G(Generic[T]):
    pass
print(G[int], List[T][str], 'T' in typing.__all__)
