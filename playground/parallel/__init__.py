"""The parallel computing lab's engine: experiments measured live on this server, without Streamlit.

Why a package of its own: what is measured (threads, processes, DDP ranks,
batching, compilation, devices), how it is measured (warm-up, repeats,
median, spread, load) and how a shared server admits it (one heavy
experiment per core, a queue, a result cache) are plain Python a notebook can
use. Every measurement runs in a child process (``playground.parallel.child``)
started and polled by a backend ``Job`` (``playground.parallel.job``), so the
Streamlit script thread never measures and a hard time cap can kill it.
"""
