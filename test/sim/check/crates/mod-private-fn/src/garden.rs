fn water() {
    println!("watering");
}
