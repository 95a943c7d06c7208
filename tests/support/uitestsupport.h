#pragma once

// The QtTest side of the test support: everything in plans.h, snapshots.h,
// processes.h and plancodes.h, the demo-plan fixture, widget checks and the
// model watch.
#include "demoqtest.h"
#include "modelwatch.h"
#include "plancodes.h"
#include "plans.h"
#include "processes.h"
#include "snapshots.h"
#include "widgetchecks.h"
