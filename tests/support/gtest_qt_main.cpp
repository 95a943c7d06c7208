#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt's SQL driver is a plugin and QUndoStack lives in QtGui's world: both
// want an application object, so every core test runs inside one.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
