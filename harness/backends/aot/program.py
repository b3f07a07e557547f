"""Lower a whole model: fold constant subgraphs, lower each operator, plan activation memory."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from harness.backends.aot.context import OpContext
from harness.backends.aot.folding import fold
from harness.backends.aot.ir import Call, KernelChoice, Unsupported
from harness.backends.aot.lower.registry import lowering_for
from harness.backends.aot.planner import Buffer, Overlap, Plan, plan_memory
from harness.errors import UnsupportedModelError
from harness.model.tflite import Operator, TfliteModel

# The DSP kernels read whole words: up to 3 bytes past the end of a tensor, which may be the
# last one in the arena. The values read there only ever meet zero weights or unused lanes.
DSP_SLACK = 4


@dataclass
class Step:
    op: Operator
    call: Call


@dataclass
class Program:
    """A lowered model: kernel calls in order, constants, aliases and the memory plan."""

    model: TfliteModel
    steps: list[Step]
    constants: dict[int, np.ndarray]
    aliases: dict[int, int]  # tensor -> the tensor whose bytes it shares
    choices: dict[int, KernelChoice] = field(default_factory=dict)  # operator index -> kernel
    buffers: list[Buffer] = field(default_factory=list)
    plan: Plan = field(default_factory=lambda: Plan({}, 0))
    slack: int = 0  # arena bytes after the plan (DSP_SLACK with the DSP kernels)

    def root(self, tensor: int) -> int:
        while tensor in self.aliases:
            tensor = self.aliases[tensor]
        return tensor

    def offset(self, tensor: int) -> int:
        return self.plan.offsets[self.root(tensor)]

    def scratch_offset(self, step: int) -> int:
        """Where the working memory of step `step` starts in the arena."""
        return self.plan.offsets[scratch_key(step)]

    @property
    def arena_bytes(self) -> int:
        """The activation arena: the plan plus the slack the kernels need."""
        return self.plan.size + self.slack

    @property
    def macs(self) -> int:
        return sum(step.call.macs for step in self.steps)


def lower_model(model: TfliteModel, model_name: str, preserve_inputs: bool = True,
                features: frozenset[str] = frozenset()) -> Program:
    """Raises UnsupportedModelError naming the op, the operator index and the model.

    With `preserve_inputs` the input tensors stay intact through an invoke, so invoking again
    without setting the input again gives the same result (TFLM reuses input memory; a
    harness timing N invokes of one input needs this). It costs up to the input's size.
    `features` are the core's ("dsp", ...): the lowerings pick the kernels made for them
    where a layer suits them.
    """
    constants = {t.index: t.data for t in model.tensors if t.data is not None}
    steps, aliases, choices = [], {}, {}
    for op in model.operators:
        if fold(model, op, constants):
            continue
        try:
            lower = lowering_for(op.opcode)
            if lower is None:
                raise Unsupported("this op is not implemented")
            lowering = lower(OpContext(model, op, constants, features))
        except Unsupported as exc:
            raise UnsupportedModelError(
                f"{model_name}: the aot backend cannot run operator #{op.index} {op.opcode}: "
                f"{exc}; {exc.fix}") from None
        steps += [Step(op, call) for call in lowering.calls]
        if lowering.calls:
            choices[op.index] = lowering.choice or KernelChoice(lowering.calls[0].kernel)
        if lowering.alias is not None:
            aliases[lowering.alias[0]] = lowering.alias[1]
    _check_io(model, model_name, constants)
    program = Program(model, steps, constants, aliases, choices,
                      slack=DSP_SLACK if "dsp" in features else 0)
    program.buffers = _buffers(program, preserve_inputs)
    kept = {program.root(index) for index in model.inputs} if preserve_inputs else set()
    program.plan = plan_memory(program.buffers, _overlaps(program, kept))
    return program


def _overlaps(program: Program, kept: set[int]) -> list[Overlap]:
    """The output-over-input overlaps the kernels allow (the planner takes those it can), but
    none over a buffer that must stay intact: a preserved model input read last by the last
    step seems to die there."""
    overlaps = [Overlap(step, program.root(entry.call.operands[position]),
                        program.root(entry.call.operands[-1]), delta)
                for step, entry in enumerate(program.steps)
                for position, delta in entry.call.overlaps]
    return [o for o in overlaps if o.source not in kept]


def _check_io(model: TfliteModel, model_name: str, constants: dict) -> None:
    """Inputs and outputs must fit hil_tensor: int8, int16 or float32, rank <= 6, dims <=
    65535."""
    for index in (*model.inputs, *model.outputs):
        tensor = model.tensors[index]
        if index in constants or tensor.dtype not in (np.int8, np.int16, np.float32):
            raise UnsupportedModelError(
                f"{model_name}: model input/output {tensor.name!r} of type {tensor.dtype} "
                "(the aot backend supports int8, int16 and float32 inputs and outputs)")
        if len(tensor.shape) > 6 or any(d > 0xFFFF for d in tensor.shape):
            raise UnsupportedModelError(
                f"{model_name}: model input/output {tensor.name!r} has shape {tensor.shape} "
                "(at most 6 dimensions of at most 65535 each)")


def _buffers(program: Program, preserve_inputs: bool) -> list[Buffer]:
    """One buffer per arena tensor (alias groups merged), live from its first to last use."""
    model, last_step = program.model, max(len(program.steps) - 1, 0)
    spans: dict[int, list[int]] = {}

    def use(tensor: int, step: int) -> None:
        if tensor in program.constants or tensor < 0:
            return
        span = spans.setdefault(program.root(tensor), [step, step])
        span[0], span[1] = min(span[0], step), max(span[1], step)

    for index in model.inputs:
        use(index, 0)
        if preserve_inputs:
            use(index, last_step)
    for step, entry in enumerate(program.steps):
        for tensor in entry.call.operands:
            use(tensor, step)
    for index in model.outputs:
        use(index, last_step)
    scratch = [Buffer(scratch_key(step), entry.call.scratch, step, step)
               for step, entry in enumerate(program.steps) if entry.call.scratch > 0]
    return [Buffer(root, model.tensors[root].nbytes, first, last)
            for root, (first, last) in spans.items()] + scratch


def scratch_key(step: int) -> int:
    """The buffer key of a step's working memory (tensor keys are >= 0)."""
    return -1 - step
