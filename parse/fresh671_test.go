package parse

import "testing"

// The six-hundred-and-seventy-first fresh table: scientific simulation codes and the libraries and
// workflow tools around them, as researchers attach their output to tickets, shapes no earlier table
// holds. Each family is one product's documented or observed output: GFDL FMS's mpp_error lines in
// MOM6's stdout (`NOTE from PE     0:`, `WARNING from PE`, `FATAL from PE`, with MOM6's `MOM Day`
// line between them); the WRF Preprocessing System's geogrid.log (`yyyy-MM-dd HH:mm:ss.fff --- `,
// INFORM:, WARNING:, ERROR:); ASE's structure-optimizer logfile (`BFGS:    0 07:41:16  energy
// fmax` under a header); Gmsh 4's console (`Info    :`, `Warning :`, `Error   :`, `Started on` and
// `Stopped on` with a ctime date); HOOMD-blue's messenger (`notice(2):`, `*Warning*:`,
// `**ERROR**:` and its elapsed-time status line); Firedrake's, PyOP2's and TSFC's Python loggers
// (`firedrake:WARNING msg`); AiiDA's `verdi process report` (`[log id | REPORT]:` and a traceback
// under on_except); PETSc's `[0]PETSC ERROR:` report block, its KSP monitor lines and the
// unused-options WARNING! block at finalize.
//
// Every candidate was grepped for in every parse/*_test.go (case-insensitive) by product and by a
// fragment of its line first (`openfoam`, `gromacs`, `gmx`, `lammps`, `quantum espresso`, `pw.x`,
// `cp2k`, `wrf`, `rsl.error`, `pvserver`, `paraview`, `fenics`, `dolfin`, `dolfinx`, `nwchem`,
// `namd`, `amber`, `abinit`, `vasp`, `siesta`, `su2`, `SU2_CFD`, `nektar`, `code_saturne`, `elmer`,
// `ElmerSolver`, `WARNING::`, `moose`, `deal.ii`, `dealii`, `petsc`, `PETSC ERROR`, `KSP Residual`,
// `Option left`, `There are options you set`, `firedrake`, `firedrake:`, `pyop2`, `tsfc`,
// `OMP_NUM_THREADS`, `mfem`, `openmm`, `cesm`, `cesm.log`, `mpas`, `slurm`, `nemo`, `mitgcm`,
// `gaussian`, `orca`, `psi4`, `pyscf`, `dune`, `ansys`, `fluent`, `comsol`, `abaqus`, `starccm`,
// `hoomd`, `hoomd-blue`, `notice(`, `notice(2)`, `*Warning*`, `**ERROR**`, `Group "all"`,
// `starting run`, `espresso`, `castep`, `octopus`, `cgns`, `precice`, `ParticipantImpl`,
// `SolverInterfaceImpl`, `visit`, `WRF_`, `d01`, `Courant`, `ExecutionTime`, `PIMPLE`, `Loop time`,
// `TIMESTEP`, `ENERGY:`, `Charm++`, `libMesh`, `mpirun`, `nek5000`, `nekrs`, `openmpi`, `ucx`,
// `hypre`, `trilinos`, `gpaw`, `iter:`, `ase`, `BFGS`, `BFGS:`, `LBFGS`, `FIRE:`, `optimizer`,
// `yambo`, `wannier90`, `elk`, `exciting`, `fhi-aims`, `aims`, `cantera`, `FDS`, `Smokeview`,
// `geos`, `GEOSX`, `opm`, `OPM Flow`, `dumux`, `pflotran`, `E3SM`, `CIME`, `ROMS`, `ww3`,
// `WAVEWATCH`, `FVCOM`, `ADCIRC`, `Delft3D`, `TELEMAC`, `SCHISM`, `HYCOM`, `GEOS-Chem`, `CMAQ`,
// `ufs`, `FV3`, `MOM6`, `MOM Day`, `from PE`, `FATAL from`, `FATAL from PE`, `mpp_`,
// `mpp_domains`, `PET0`, `esmf`, `INFORM:`, `--- ERROR`, `geogrid`, `GEOGRID.TBL`, `metgrid`,
// `ungrib`, `WPS`, `Processing domain`, `gmsh`, `Info    :`, `Warning :`, `Meshing`, `Started on`,
// `Stopped on`, `tetgen`, `netgen`, `ngsolve`, `Salome`, `code_aster`, `OpenMC`, `xtb`, `dftb`,
// `CRYSTAL`, `geant`, `G4WT`, `aiida`, `verdi`, `REPORT]`, `| REPORT]`, `WorkChain`,
// `PwCalculation`, `run_process`, `cylc`, `job:01`, `fireworks`, `Launching Rocket`, `rlaunch`,
// `jobflow`, `custodian`, `spdlog`, `[info]`, `loguru`). None of FMS's mpp_error lines, WPS's logs,
// ASE's optimizer log, Gmsh, HOOMD-blue, Firedrake, AiiDA or PETSc's error block is in any table:
// `from PE` matches only words such as `from peer` and `from PEM`, `INFORM:` a UniFi switch, `--- ERROR` other products' banners,
// `notice(` a Kismet line, `run_process` a Python frame (`run_processor`), `Started on` and
// `Stopped on` other products' lines, `FATAL from` other sentences, and `petsc` only the grep lists
// of fresh193, fresh526 and fresh533; `BFGS`, `Group "all"`, `GEOGRID.TBL`, `KSP Residual` and
// `Option left` match nothing. Left out as measured already: OpenFOAM's solver log, GROMACS,
// LAMMPS, NAMD, Quantum ESPRESSO, CP2K, WRF's rsl files, MPAS, NWChem (fresh96 and later), ParaView's
// pvserver console (fresh533, vtkLogger), ESMF's PET logs and preCICE (fresh96), the Cylc scheduler
// (fresh26), FireWorks (fresh96), Slurm, Nextflow, Gaussian, ORCA, Abaqus, COMSOL, Fluent and
// MAPDL (fresh193). Left out as not confirmed by any search, or a shape an earlier table holds:
// DOLFINx's spdlog lines (spdlog's default pattern is in many tables), GPAW's text log, Elmer,
// custodian. No family was replaced after the whole package was run. The table holds 8 families.
//
// It follows the same harness (table_test.go) and the same rules as the other tables (see the
// comment at the top of world_test.go): times in UTC with the table's clock (worldNow 2026-11-29
// 12:00, Location UTC). WPS's and AiiDA's stamps have no zone and are taken as UTC; ASE's
// optimizer log has a time of day only (time.localtime), on the clock's day; Gmsh's `Started on`
// and `Stopped on` lines and PETSc's error block carry a zone-less ctime date written at that moment
// (PETSc's on the `on a <arch> named <host> by <user>` line inside the block), and nothing else in
// those families has a time; FMS's lines, MOM6's `MOM Day` (model time), HOOMD-blue's `Time
// 00:00:10 | … | ETA` (elapsed time) and Firedrake's loggers carry none. Levels only where the line
// marks one: FMS's NOTE (Notice), WARNING and FATAL (Critical) before `from PE`; WPS's INFORM:
// (Info), WARNING:, ERROR: after the dashes, its plain lines none; Gmsh's padded Info, Warning,
// Error; HOOMD-blue's notice(N) (Notice), *Warning*, **ERROR**; the Python level word after the
// logger name; AiiDA's REPORT (between INFO and WARNING, read as Notice), WARNING and ERROR; PETSc's
// `PETSC ERROR` prefix and the WARNING! block; ASE's lines, MOM6's energy line, HOOMD-blue's
// status lines and PETSc's KSP lines none. The host is the record's host field: only PETSc's
// `named cn0412`; FMS's PE numbers, HOOMD-blue's ranks, AiiDA's process ids and WPS's domain
// numbers are no hosts. A record that spans lines is one entry: AiiDA's on_except report with the
// Python traceback under it, PETSc's error block from its dashed head to its End of Error Message
// tail, and PETSc's four-line unused-options warning.
//
// The shapes come from the documentation, sources and issue threads each case names, found with the
// search tool (corpora "docs", "issues", "code", "pages"); where a search did not confirm a layout the
// source says "from memory" (WPS's stamped log file, and parts of three others: MOM6's `MOM Day`
// line, AiiDA's traceback under on_except, PETSc's unused-options block). Hosts, ids, addresses,
// users and messages are invented, and every time is in late November 2026. The expectations were
// decided from the format before the table was first run, and none was changed after it; a family
// trawl still gets wrong carries a gap that says what it does not read, and it stays in the score.
//
// Its first figure, scored at commit bd8f4e0 before any rule for it: level 66.9 %, time 84.4 %, host 96.9 %, records 93.8 %.
// That is the macro figure (micro: level 66.7 %, time 87.2 %, host 97.4 %, records 94.9 %), in a
// worktree at bd8f4e0 with no change to trawl's code (only this file and table_test.go's list), 2 of
// 8 families fully right (FMS's mpp_error lines and Gmsh's console); the gaps are WPS's INFORM:
// prefix, ASE's bare time of day after the optimizer's name and step, HOOMD-blue's `*Warning*:` and
// `**ERROR**:` markers, the Python level word glued after the logger name and a colon in
// Firedrake's lines, AiiDA's REPORT level, and PETSc's error block (split into its lines, its ctime
// and its `named` host not read) and its unused-options WARNING! block (split, no level).

var fresh671Cases = []worldCase{
	{
		name:   "fms-mpp-error-mom6-stdout",
		source: "GFDL FMS mpp_error as MOM6, SIS2 and the UFS coupled models write it to stdout (`NOTE from PE     0: msg`, `WARNING from PE     0: msg`, `FATAL from PE    92: msg`, the PE number right-aligned in five columns): NOAA-GFDL/MOM6 issues #220 and #364, mom-ocean/MOM6 issue #82, NOAA-GFDL/FMS PR #1544; MOM6's `MOM Day` energy line between them from memory",
		why:    "the level word opens the line before `from PE`; the PE number is an MPI rank, no pid and no host; `MOM Day 31.000` is model time, no time of the record; no line carries a wall-clock time",
		entries: []worldEntry{
			we("", Notice, "", "NOTE from PE     0: MPP_DOMAINS_SET_STACK_SIZE: stack size set to    65536."),
			we("", Warn, "", "WARNING from PE     0: MOM_file_parser : THICKNESSDIFFUSE_FIRST found outside of block VERTEX_SHEAR%. Ignoring."),
			we("", Unknown, "", "MOM Day     31.000     744: En  4.118203E-04, CFL  0.03917, SL -2.4410E-03, M 1.38931E+21, S 34.7162, T  3.6104, Me -3.12E-19, Se  1.04E-14, Te  2.77E-15"),
			we("", Warn, "", "WARNING from PE     0: categorize_axes: Failed to identify x- and y- axes in the axis list (xaxis_1, yaxis_1, Time) of a variable being read from INPUT/MOM.res_3.nc"),
			we("", Critical, "", "FATAL from PE    37: MOM_state_initialization: layer thicknesses in INPUT/MOM.res.nc are negative at i=118, j=402"),
		},
	},
	{
		name:   "wps-geogrid-log-stamped",
		source: "WRF Preprocessing System geogrid.log / metgrid.log / ungrib.log as module_debug's mprintf writes them (`yyyy-MM-dd HH:mm:ss.fff --- msg`, with `INFORM:`, `WARNING:` and `ERROR:` prefixes after the dashes): from memory; the messages' wording (Parsed N entries in GEOGRID.TBL, Processing domain 1 of 2, ERROR: Could not open …/index) confirmed by wrf-model/WPS issues #233 and #133 and GIS4WRF/gis4wrf issue #241, which show the console copy without the stamps",
		why:    "a zone-less date and time with milliseconds (UTC by the rules), then three dashes; the level is a prefix word after the dashes, plain lines have none; the domain number is no host",
		gap:    "the INFORM: prefix after the `---` is not read as a level (WARNING: and ERROR: are)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16.118Z", Unknown, "", "2026-11-29 07:41:16.118 --- Parsed 64 entries in GEOGRID.TBL"),
			we("2026-11-29T07:41:16.120Z", Unknown, "", "2026-11-29 07:41:16.120 --- Processing domain 1 of 2"),
			we("2026-11-29T07:41:16.402Z", Info, "", "2026-11-29 07:41:16.402 --- INFORM: For LANDUSEF, using 'modis_30s' resolution specified in namelist.wps."),
			we("2026-11-29T07:41:19.877Z", Warn, "", "2026-11-29 07:41:19.877 --- WARNING: Field SOILCTOP has no data for tile 2401-2520.00241-00360, filling with default 8"),
			we("2026-11-29T07:41:21.305Z", Error, "", "2026-11-29 07:41:21.305 --- ERROR: Could not open /scratch/ines/WPS_GEOG/topo_gmted2010_30s/index"),
		},
	},
	{
		name:   "ase-optimizer-logfile",
		source: "ASE's ase.optimize Optimizer.log (BFGS, LBFGS, FIRE … `logfile=`): a header `%s  %4s %8s %15s  %15s` (Step, Time, Energy, fmax) written once, then `%s:  %3d %02d:%02d:%02d %15.6f %15.6f` from time.localtime(); ase/optimize/optimize.py and its forks found with find_string (`\"%s:  %3d %02d:%02d:%02d %15.6f`)",
		why:    "the optimizer's class name and a step number before a bare time of day (the clock's day, UTC by the rules); the energies are no times; no level; the header is fed but not scored",
		gap:    "the bare time of day after the optimizer's name and step number (`BFGS:    0 07:41:16`) is not read: the records get no time",
		entries: []worldEntry{
			wskip("      Step     Time          Energy          fmax"),
			we("2026-11-29T07:41:16Z", Unknown, "", "BFGS:    0 07:41:16     -184.305512        1.742210"),
			we("2026-11-29T07:41:29Z", Unknown, "", "BFGS:    1 07:41:29     -184.562047        0.918844"),
			we("2026-11-29T07:41:43Z", Unknown, "", "BFGS:    2 07:41:43     -184.690338        0.402967"),
			we("2026-11-29T07:42:10Z", Unknown, "", "BFGS:    3 07:42:10     -184.711905        0.048120"),
		},
	},
	{
		name:   "gmsh-console-levels",
		source: "Gmsh 4.x on a terminal (`Info    : msg`, `Warning : msg`, `Error   : msg`, the level word padded to seven before ` : `; `Started on`/`Stopped on` with a ctime date; `[ 40%] Meshing curve`): nschloe/pygmsh issue #328, neperfepx/neper issue #35, inducer/meshpy issue #30",
		why:    "the padded level word and a colon open the line; only the Started on and Stopped on lines carry a time (the ctime Gmsh writes at that moment, zone-less, UTC by the rules); the percentage, curve and surface numbers are no times",
		entries: []worldEntry{
			we("", Info, "", "Info    : Running 'gmsh -3 -format msh2 bracket_v4.geo' [Gmsh 4.13.1, 1 node, max. 8 threads]"),
			we("2026-11-29T07:41:16Z", Info, "", "Info    : Started on Sun Nov 29 07:41:16 2026"),
			we("", Info, "", "Info    : [ 40%] Meshing curve 17 (Circle)"),
			we("", Warn, "", "Warning : 4 elements remain invalid in surface 23"),
			we("", Error, "", "Error   : Invalid boundary mesh (overlapping facets) on surface 31 surface 36"),
			we("2026-11-29T07:41:19Z", Info, "", "Info    : Stopped on Sun Nov 29 07:41:19 2026 (From start: Wall 2.84s, CPU 2.79s)"),
		},
	},
	{
		name:   "hoomd-blue-messenger",
		source: "HOOMD-blue's Messenger on stdout (`notice(N): msg` with the verbosity level in parentheses, `*Warning*: msg`, `**ERROR**: msg`; v2's `** starting run **` and `Time HH:MM:SS | Step n / N | TPS x | ETA HH:MM:SS` status lines): glotzerlab/hoomd-blue PRs #1581 and #1416, issue #563, SSAGESproject/SSAGES issue #44",
		why:    "the level is a marker before the colon (notice(2), *Warning*, **ERROR**); `Time 00:00:10` and the ETA are elapsed times, no time of the record; no line carries a wall-clock time; the GPU name and rank are no host",
		entries: []worldEntry{
			we("", Notice, "", "notice(2): Group \"all\" created containing 32000 particles"),
			we("", Warn, "", "*Warning*: Systems with many angle types perform poorly or result in shared memory errors on the GPU."),
			we("", Unknown, "", "** starting run **"),
			we("", Unknown, "", "Time 00:00:10 | Step 18420 / 250000 | TPS 1841.97 | ETA 00:02:05"),
			we("", Error, "", "**ERROR**: Particle with unique tag 20917 is no longer in the simulation box."),
		},
	},
	{
		name:   "firedrake-python-logger",
		source: "Firedrake, PyOP2 and TSFC loggers on stderr (`%(name)s:%(levelname)s %(message)s`, no time: `firedrake:WARNING msg`, `pyop2:INFO msg`): firedrakeproject/firedrake issue #2145 and PR #2047",
		why:    "the logger name and the level word glued by a colon open the line; no time and no host; `tsfc` and `pyop2` are logger names",
		entries: []worldEntry{
			we("", Warn, "", "firedrake:WARNING Could not limit the BLAS thread count; set OPENBLAS_NUM_THREADS=1 before starting the solver"),
			we("", Info, "", "pyop2:INFO Compiling wrapper for kernel form00_cell_integral on 4 ranks"),
			we("", Debug, "", "pyop2:DEBUG Cache hit for wrapper 6f1a0c2e9b7d4f31 in /home/ines/.cache/pyop2"),
			we("", Warn, "", "tsfc:WARNING Estimated quadrature degree 13 more than tenfold greater than any argument/coefficient degree (1)"),
			we("", Error, "", "firedrake:ERROR Nonlinear solve for u_h failed to converge after 50 iterations (DIVERGED_MAX_IT)"),
		},
	},
	{
		name:   "aiida-verdi-process-report",
		source: "AiiDA's `verdi process report <pk>` (`yyyy-MM-dd HH:mm:ss [log pk | LEVEL]: [process pk|WorkChain|step]: msg`; REPORT, WARNING, ERROR; an `on_except` report carries the Python traceback on the lines under it): aiidateam/aiida-quantumespresso issue #1216; the traceback under on_except from memory",
		why:    "a zone-less date and time (UTC by the rules); the first number in the bracket is the log entry's id, the second bracket the process; REPORT sits between INFO and WARNING and is read as Notice; the traceback under on_except is one record",
		gap:    "the REPORT level after the log entry's id in `[51207 | REPORT]` is not read (WARNING in the same place is)",
		entries: []worldEntry{
			we("2026-11-29T07:41:16Z", Notice, "", "2026-11-29 07:41:16 [51207 | REPORT]: [204113|PwBaseWorkChain|run_process]: launching PwCalculation<204116> iteration #1"),
			we("2026-11-29T09:02:51Z", Notice, "", "2026-11-29 09:02:51 [51214 | REPORT]: [204113|PwBaseWorkChain|report_error_handled]: PwCalculation<204116> failed with exit status 410: The electronic minimization cycle did not reach self-consistency."),
			we("2026-11-29T09:02:51Z", Warn, "", "2026-11-29 09:02:51 [51215 | WARNING]: [204113|PwBaseWorkChain|sanity_check_insufficient_bands]: PwCalculation<204116> run with smearing and highest band is occupied"),
			we("2026-11-29T09:02:52Z", Notice, "", "2026-11-29 09:02:52 [51216 | REPORT]: [204113|PwBaseWorkChain|run_process]: launching PwCalculation<204139> iteration #2"),
			we("2026-11-29T10:15:07Z", Notice, "",
				"2026-11-29 10:15:07 [51230 | REPORT]: [204113|PwBaseWorkChain|on_except]: Traceback (most recent call last):",
				`  File "/home/ines/.venvs/aiida/lib/python3.12/site-packages/plumpy/process_states.py", line 228, in execute`,
				"    result = self.run_fn(*self.args, **self.kwargs)",
				`  File "/home/ines/.venvs/aiida/lib/python3.12/site-packages/aiida_quantumespresso/workflows/pw/base.py", line 316, in inspect_process`,
				"    parameters = node.outputs.output_parameters.get_dict()",
				"KeyError: 'output_parameters'"),
		},
	},
	{
		name:   "petsc-error-traceback-block",
		source: "PETSc's default error handler (PetscTraceBackErrorHandler: every line `[rank]PETSC ERROR: `, a dashed Error Message head, the program `on a <arch> named <host> by <user> <ctime date>`, `#N func() at file:line` frames, an End of Error Message tail), KSP monitor lines and the unused-options warning at PetscFinalize: flow123d/flow123d issue #319, mfem/mfem issues #1397 and PR #4203, t-sakashita/rokko issue #59; the unused-options block from memory",
		why:    "a block of prefixed lines is one error report; its time is the ctime after `by <user>` inside it, its host the name after `named`; the residual norms are no times; the four-line WARNING! block at finalize is one record",
		gap:    "the `[0]PETSC ERROR:` block is split into its lines, and its time (the ctime after `by <user>`) and host (the name after `named`) are not read; the four-line unused-options WARNING! block is split into its lines and its level is not read",
		entries: []worldEntry{
			we("", Unknown, "", "  0 KSP Residual norm 3.871204519922e+01"),
			we("", Unknown, "", "  1 KSP Residual norm 4.402917731058e-03"),
			we("", Warn, "",
				"WARNING! There are options you set that were not used!",
				"WARNING! could be spelling mistake, etc!",
				"There is one unused database option. It is:",
				"Option left: name:-ksp_monitr (no value) source: command line"),
			we("2026-11-29T07:41:16Z", Error, "cn0412",
				"[0]PETSC ERROR: --------------------- Error Message --------------------------------------------------------------",
				"[0]PETSC ERROR: Argument out of range",
				"[0]PETSC ERROR: New nonzero at (412,1033) caused a malloc",
				"[0]PETSC ERROR: See https://petsc.org/release/faq/ for trouble shooting.",
				"[0]PETSC ERROR: Petsc Release Version 3.24.1, Nov 02, 2026",
				"[0]PETSC ERROR: ./heat2d on a arch-linux-c-opt named cn0412 by ines Sun Nov 29 07:41:16 2026",
				"[0]PETSC ERROR: Configure options --with-debugging=0 --download-hypre --download-mumps",
				"[0]PETSC ERROR: #1 MatSetValues_SeqAIJ() at /opt/petsc/src/mat/impls/aij/seq/aij.c:484",
				"[0]PETSC ERROR: #2 MatSetValues() at /opt/petsc/src/mat/interface/matrix.c:1503",
				"[0]PETSC ERROR: #3 main() at heat2d.c:211",
				"[0]PETSC ERROR: ----------------End of Error Message -------send entire error message to petsc-maint@mcs.anl.gov----------"),
		},
	},
}

func TestFresh671Formats(t *testing.T) { assertTable(t, fresh671Cases) }
func TestFresh671Score(t *testing.T) {
	checkScore(t, "fresh671 formats", fresh671Cases, [worldNumFields]float64{84.3, 84.3, 96.8, 93.7})
}
