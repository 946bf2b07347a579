def f(a): d = a; e = d * 2; return e
