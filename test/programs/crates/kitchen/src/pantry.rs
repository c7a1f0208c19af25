pub mod shelf;
